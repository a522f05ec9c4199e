@NullMarked
package app.goodenough.password;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.admin;

import org.jspecify.annotations.NullMarked;

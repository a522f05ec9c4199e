@NullMarked
package app.goodenough.password.internal;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.base;

import org.jspecify.annotations.NullMarked;

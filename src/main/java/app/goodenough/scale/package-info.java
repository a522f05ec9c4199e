@NullMarked
package app.goodenough.scale;

import org.jspecify.annotations.NullMarked;

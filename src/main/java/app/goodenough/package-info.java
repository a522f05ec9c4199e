@NullMarked
package app.goodenough;

import org.jspecify.annotations.NullMarked;

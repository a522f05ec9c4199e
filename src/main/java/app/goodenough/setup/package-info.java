@NullMarked
package app.goodenough.setup;

import org.jspecify.annotations.NullMarked;

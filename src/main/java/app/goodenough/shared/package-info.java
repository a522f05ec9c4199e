@NullMarked
package app.goodenough.shared;

import org.jspecify.annotations.NullMarked;

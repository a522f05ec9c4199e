@NullMarked
package app.goodenough.intake;

import org.jspecify.annotations.NullMarked;

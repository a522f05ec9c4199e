@NullMarked
package app.goodenough.intake.internal;

import org.jspecify.annotations.NullMarked;

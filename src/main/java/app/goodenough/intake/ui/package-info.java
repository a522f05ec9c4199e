@NullMarked
package app.goodenough.intake.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.checkins.ui;

import org.jspecify.annotations.NullMarked;

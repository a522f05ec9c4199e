@NullMarked
package app.goodenough.availability.ui;

import org.jspecify.annotations.NullMarked;

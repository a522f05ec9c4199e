@NullMarked
package app.goodenough.today.ui;

import org.jspecify.annotations.NullMarked;

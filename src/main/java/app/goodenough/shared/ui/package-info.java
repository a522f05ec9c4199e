@NullMarked
package app.goodenough.shared.ui;

import org.jspecify.annotations.NullMarked;

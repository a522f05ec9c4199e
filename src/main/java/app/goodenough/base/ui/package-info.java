@NullMarked
package app.goodenough.base.ui;

import org.jspecify.annotations.NullMarked;

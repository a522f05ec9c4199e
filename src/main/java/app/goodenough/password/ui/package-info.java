@NullMarked
package app.goodenough.password.ui;

import org.jspecify.annotations.NullMarked;

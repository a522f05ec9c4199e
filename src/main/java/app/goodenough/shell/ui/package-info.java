@NullMarked
package app.goodenough.shell.ui;

import org.jspecify.annotations.NullMarked;

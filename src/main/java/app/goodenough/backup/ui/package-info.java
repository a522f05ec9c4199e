@NullMarked
package app.goodenough.backup.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.admin.ui;

import org.jspecify.annotations.NullMarked;

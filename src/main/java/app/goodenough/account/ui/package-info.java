@NullMarked
package app.goodenough.account.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.mail.ui;

import org.jspecify.annotations.NullMarked;

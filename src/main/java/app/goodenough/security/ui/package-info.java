@NullMarked
package app.goodenough.security.ui;

import org.jspecify.annotations.NullMarked;

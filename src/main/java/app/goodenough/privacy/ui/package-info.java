@NullMarked
package app.goodenough.privacy.ui;

import org.jspecify.annotations.NullMarked;

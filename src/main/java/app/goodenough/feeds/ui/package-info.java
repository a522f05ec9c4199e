@NullMarked
package app.goodenough.feeds.ui;

import org.jspecify.annotations.NullMarked;

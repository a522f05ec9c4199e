@NullMarked
package app.goodenough.feeds.internal;

import org.jspecify.annotations.NullMarked;

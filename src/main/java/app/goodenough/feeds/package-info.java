@NullMarked
package app.goodenough.feeds;

import org.jspecify.annotations.NullMarked;

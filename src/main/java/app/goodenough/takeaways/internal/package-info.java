@NullMarked
package app.goodenough.takeaways.internal;

import org.jspecify.annotations.NullMarked;

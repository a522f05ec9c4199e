@NullMarked
package app.goodenough.takeaways;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.takeaways.ui;

import org.jspecify.annotations.NullMarked;

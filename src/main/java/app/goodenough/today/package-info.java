@NullMarked
package app.goodenough.today;

import org.jspecify.annotations.NullMarked;

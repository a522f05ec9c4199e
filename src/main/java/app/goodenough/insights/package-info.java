@NullMarked
package app.goodenough.insights;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.identity;

import org.jspecify.annotations.NullMarked;

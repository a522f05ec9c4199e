@NullMarked
package app.goodenough.privacy;

import org.jspecify.annotations.NullMarked;

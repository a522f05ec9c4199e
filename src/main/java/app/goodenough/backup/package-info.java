@NullMarked
package app.goodenough.backup;

import org.jspecify.annotations.NullMarked;

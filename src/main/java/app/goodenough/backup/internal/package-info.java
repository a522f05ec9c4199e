@NullMarked
package app.goodenough.backup.internal;

import org.jspecify.annotations.NullMarked;

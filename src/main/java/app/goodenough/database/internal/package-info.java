@NullMarked
package app.goodenough.database.internal;

import org.jspecify.annotations.NullMarked;

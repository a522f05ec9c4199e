@NullMarked
package app.goodenough.database;

import org.jspecify.annotations.NullMarked;

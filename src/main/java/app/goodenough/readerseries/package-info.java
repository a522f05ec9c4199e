@NullMarked
package app.goodenough.readerseries;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.shell;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.mysessions;

import org.jspecify.annotations.NullMarked;

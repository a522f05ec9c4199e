@NullMarked
package app.goodenough.freetimes;

import org.jspecify.annotations.NullMarked;

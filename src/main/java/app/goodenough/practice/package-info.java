@NullMarked
package app.goodenough.practice;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.practice.internal;

import org.jspecify.annotations.NullMarked;

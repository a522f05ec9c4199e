@NullMarked
package app.goodenough.availability.internal;

import org.jspecify.annotations.NullMarked;

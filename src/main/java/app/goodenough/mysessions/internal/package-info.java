@NullMarked
package app.goodenough.mysessions.internal;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.privacy.internal;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.managelinks.internal;

import org.jspecify.annotations.NullMarked;

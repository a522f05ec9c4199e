@NullMarked
package app.goodenough.admin.internal;

import org.jspecify.annotations.NullMarked;

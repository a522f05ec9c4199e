@NullMarked
package app.goodenough.account.internal;

import org.jspecify.annotations.NullMarked;

@NullMarked
package app.goodenough.account;

import org.jspecify.annotations.NullMarked;

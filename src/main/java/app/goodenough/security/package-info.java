@NullMarked
package app.goodenough.security;

import org.jspecify.annotations.NullMarked;

-- String building: string.format, concatenation, table.concat, gsub,
-- find and byte-level scanning.
local scale = tonumber(arg and arg[1]) or 100
local n = math.max(100, 15000 * scale // 100)

local parts = {}
for i = 1, n do
  parts[#parts + 1] = string.format("%d:%s:%5.2f;", i, ("x"):rep(i % 7), i / 3)
end
local s = table.concat(parts)

local words = 0
for w in s:gmatch("[^;]+") do words = words + 1 end
local t = s:gsub("x+", function(m) return #m end)
local acc = ""
for i = 1, n // 10 do
  acc = acc .. tostring(i % 10)
  if #acc > 200 then acc = acc:sub(100) end
end

local h = 0
for i = 1, #t, 3 do h = (h * 33 + t:byte(i)) % 4294967296 end
print("checksum: " .. #s .. " " .. words .. " " .. #t .. " " .. h .. " " .. acc:sub(1, 20))
